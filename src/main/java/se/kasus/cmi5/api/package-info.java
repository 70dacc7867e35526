/** JAX-RS resources for cmi5: the course package for trainers and admins and the structure at its stable URL. */
package se.kasus.cmi5.api;
