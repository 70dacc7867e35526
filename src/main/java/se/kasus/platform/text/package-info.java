/** Trainers' Markdown as sanitised HTML a page may insert: the one place text becomes markup. */
package se.kasus.platform.text;
