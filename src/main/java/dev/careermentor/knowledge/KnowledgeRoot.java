package dev.careermentor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a knowledge base (or the prompts) comes from: a directory on disk, which can be edited and
 * reloaded, or the copy embedded in the jar, which makes the jar work from any directory.
 *
 * @param editable whether files may change while the process runs (a reload reads them again)
 */
public record KnowledgeRoot(Path path, boolean editable, String description) {

    public static KnowledgeRoot directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir.toAbsolutePath());
        }
        return new KnowledgeRoot(dir, true, dir.toAbsolutePath().normalize().toString());
    }

    /** A resource directory on the class path, e.g. {@code embedded/knowledge}. */
    public static KnowledgeRoot embedded(String resourceDir) {
        URL url = KnowledgeRoot.class.getClassLoader().getResource(resourceDir);
        if (url == null) {
            throw new IllegalStateException("the embedded resource directory is missing: " + resourceDir);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return new KnowledgeRoot(jarFileSystem(uri).provider().getPath(uri), false, "embedded:" + resourceDir);
            }
            return new KnowledgeRoot(Path.of(uri), false, "embedded:" + resourceDir);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    /** The given directory if set, else {@code ./<name>} if present, else the embedded copy. */
    public static KnowledgeRoot resolve(Path configured, String name) {
        if (configured != null) {
            return directory(configured);
        }
        Path local = Path.of(name);
        return Files.isDirectory(local) ? directory(local) : embedded("embedded/" + name);
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar at " + uri, e);
        }
    }
}
