package dev.edgarlive.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A deployment package unpacked as Lambda unpacks it into /var/task: classes at the root, dependencies in lib/.
 * The java runtime takes its working directory as the task root and loads the function from there.
 */
final class FunctionPackage {

    private FunctionPackage() {
    }

    /** Unpacks {@code zip} into a new directory {@code taskRoot}; refuses entries that would land outside it. */
    static void unpack(Path zip, Path taskRoot) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("deployment package " + zip + " is missing: build it with ./mvnw package");
        }
        Files.createDirectories(taskRoot);
        Path root = taskRoot.toRealPath();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException(zip + " holds an entry outside its root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
    }

    /** Removes an unpacked task root; a stopped environment leaves nothing behind. */
    static void delete(Path taskRoot) {
        if (!Files.exists(taskRoot)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(taskRoot)) {
            paths.sorted(Comparator.reverseOrder()).forEach(FunctionPackage::deleteOne);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + taskRoot, e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + path, e);
        }
    }
}
