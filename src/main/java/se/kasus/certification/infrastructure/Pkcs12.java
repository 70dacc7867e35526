package se.kasus.certification.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Reads and writes a sealing key as a PKCS#12 key store whose key has the store's password. */
final class Pkcs12 {

    private Pkcs12() {
    }

    static SealingKey read(Path file, String password, Optional<String> alias) {
        char[] secret = password.toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            String name = alias.orElseGet(() -> firstKeyEntry(store, file));
            if (!store.isKeyEntry(name)) {
                throw new IllegalStateException("No private key under the alias " + name + " in " + file);
            }
            PrivateKey key = (PrivateKey) store.getKey(name, secret);
            Certificate[] chain = store.getCertificateChain(name);
            return new SealingKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sealing key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open the sealing key store " + file, e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    static void write(SealingKey key, String alias, String password, OutputStream out)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key.privateKey(), password.toCharArray(), key.chain().toArray(new Certificate[0]));
        store.store(out, password.toCharArray());
    }

    private static String firstKeyEntry(KeyStore store, Path file) {
        try {
            List<String> aliases = Collections.list(store.aliases());
            for (String alias : aliases) {
                if (store.isKeyEntry(alias)) {
                    return alias;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not list the sealing key store " + file, e);
        }
        throw new IllegalStateException("The sealing key store " + file + " holds no private key");
    }
}
