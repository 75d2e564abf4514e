import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged release (a Maven repository layout, e.g. {@code target/staging} from
 * {@code release/dry-run.sh}) against what Maven Central requires, and against what this project
 * promises to publish. Runs as a single-file program on the JDK alone:
 *
 * <pre>java release/CheckStaging.java target/staging [--require-signatures]</pre>
 *
 * <p>Prints one line per artifact and every problem found; exits 1 if there is any.
 */
public final class CheckStaging {

    /** What users may depend on, besides the parent POM and the BOM (README, CONTRIBUTING.md). */
    static final Set<String> PUBLISHED = Set.of(
            "dynamic-routes-parent",
            "dynamic-routes-bom",
            "dynamic-routes-api-spec",
            "dynamic-routes-generated-client",
            "dynamic-routes-client",
            "dynamic-routes-testing");

    /** Built and tested, never published. */
    static final Set<String> UNPUBLISHED =
            Set.of("dynamic-routes-contract-tests", "dynamic-routes-examples", "dynamic-routes-benchmarks");

    final Path root;
    final boolean requireSignatures;
    final List<String> problems = new ArrayList<>();
    final Map<String, Document> pomsByCoordinates = new TreeMap<>();
    int unsignedFiles;

    CheckStaging(Path root, boolean requireSignatures) {
        this.root = root;
        this.requireSignatures = requireSignatures;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java release/CheckStaging.java <staging-dir> [--require-signatures]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        if (!Files.isDirectory(root)) {
            System.err.println("not a directory: " + root);
            System.exit(2);
        }
        boolean requireSignatures = List.of(args).contains("--require-signatures");
        CheckStaging check = new CheckStaging(root, requireSignatures);
        check.run();
        if (!check.problems.isEmpty()) {
            System.out.println();
            System.out.println(check.problems.size() + " problem(s):");
            check.problems.forEach(p -> System.out.println("  - " + p));
            System.exit(1);
        }
        System.out.println();
        System.out.println("staging OK: " + check.pomsByCoordinates.size() + " artifacts"
                + (requireSignatures
                        ? ", all signed"
                        : check.unsignedFiles > 0
                                ? " (" + check.unsignedFiles + " files unsigned: no key given, signing skipped)"
                                : ""));
    }

    void run() throws Exception {
        List<Path> poms;
        try (Stream<Path> files = Files.walk(root)) {
            poms = files.filter(p -> p.getFileName().toString().endsWith(".pom"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        if (poms.isEmpty()) {
            problems.add("no POM staged under " + root);
            return;
        }
        for (Path pom : poms) {
            Document doc = parse(pom);
            pomsByCoordinates.put(groupId(doc) + ":" + text(doc.getDocumentElement(), "artifactId"), doc);
        }
        for (Path pom : poms) {
            checkArtifact(pom);
        }
        checkChecksumsAndSignatures();
        checkPublishedSet();
    }

    void checkArtifact(Path pom) throws Exception {
        Document doc = parse(pom);
        Element project = doc.getDocumentElement();
        String artifactId = text(project, "artifactId");
        String packaging = Optional.ofNullable(text(project, "packaging")).orElse("jar");
        String where = artifactId + " (" + root.relativize(pom) + ")";
        System.out.printf("%-34s %-4s %s%n", artifactId, packaging, pom.getFileName());

        // name is not inherited in Maven: each POM needs its own
        requireValue(where, "name", text(project, "name"));
        requireValue(where, "description", inherited(doc, "description"));
        requireValue(where, "url", inherited(doc, "url"));
        requireValue(where, "licenses/license/name", inherited(doc, "licenses", "license", "name"));
        requireValue(where, "licenses/license/url", inherited(doc, "licenses", "license", "url"));
        requireValue(where, "scm/url", inherited(doc, "scm", "url"));
        requireValue(where, "scm/connection", inherited(doc, "scm", "connection"));
        requireValue(where, "developers/developer/name", inherited(doc, "developers", "developer", "name"));
        requireValue(where, "issueManagement/url", inherited(doc, "issueManagement", "url"));

        String base = pom.getFileName().toString().replaceFirst("\\.pom$", "");
        Path dir = pom.getParent();
        requireFile(where, dir.resolve(base + "-cyclonedx.json"), "CycloneDX SBOM");
        if (packaging.equals("jar")) {
            Path jar = dir.resolve(base + ".jar");
            if (requireFile(where, jar, "main jar")) {
                checkJar(where, jar, true);
            }
            for (String classifier : List.of("sources", "javadoc")) {
                Path attached = dir.resolve(base + "-" + classifier + ".jar");
                if (requireFile(where, attached, classifier + " jar")) {
                    checkJar(where, attached, false);
                }
            }
        }
    }

    void checkJar(String where, Path jar, boolean main) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            long content = file.stream()
                    .filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
                    .count();
            if (content == 0) {
                problems.add(where + ": " + jar.getFileName() + " is empty (nothing outside META-INF)");
            }
            if (main) {
                String moduleName = file.getManifest() == null
                        ? null
                        : file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
                if (moduleName == null || moduleName.isBlank() || moduleName.contains("${")) {
                    problems.add(where + ": " + jar.getFileName() + " has no Automatic-Module-Name");
                }
            }
        }
    }

    void checkChecksumsAndSignatures() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(Files::isRegularFile)
                    .filter(p -> !isChecksumOrSignature(p))
                    .sorted()
                    .collect(Collectors.toList());
        }
        for (Path file : files) {
            String where = String.valueOf(root.relativize(file));
            verifyChecksum(where, file, "md5", "MD5");
            verifyChecksum(where, file, "sha1", "SHA-1");
            // Central signs nothing itself; repository metadata is rewritten by it and needs none
            boolean metadata = file.getFileName().toString().startsWith("maven-metadata");
            if (!metadata && !Files.exists(Path.of(file + ".asc"))) {
                if (requireSignatures) {
                    problems.add(where + ": no signature (.asc)");
                } else {
                    unsignedFiles++;
                }
            }
        }
    }

    void verifyChecksum(String where, Path file, String extension, String algorithm) throws Exception {
        Path sum = Path.of(file + "." + extension);
        if (!Files.exists(sum)) {
            problems.add(where + ": no ." + extension + " checksum");
            return;
        }
        String expected = Files.readString(sum).trim().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        String actual = digest(file, algorithm);
        if (!expected.equals(actual)) {
            problems.add(where + ": ." + extension + " checksum does not match the file");
        }
    }

    void checkPublishedSet() {
        Set<String> staged = pomsByCoordinates.keySet().stream()
                .map(k -> k.substring(k.indexOf(':') + 1))
                .collect(Collectors.toSet());
        for (String artifactId : staged) {
            if (UNPUBLISHED.contains(artifactId)) {
                problems.add(artifactId + " is staged but must never be published");
            } else if (!PUBLISHED.contains(artifactId)) {
                problems.add(artifactId + " is staged but is not in the list of published artifacts");
            }
        }
        pomsByCoordinates.values().stream()
                .filter(doc -> "dynamic-routes-bom".equals(text(doc.getDocumentElement(), "artifactId")))
                .findFirst()
                .ifPresentOrElse(
                        bom -> {
                            Element managed = child(bom.getDocumentElement(), "dependencyManagement");
                            Element deps = managed == null ? null : child(managed, "dependencies");
                            for (Element dep : deps == null ? List.<Element>of() : children(deps, "dependency")) {
                                String artifactId = text(dep, "artifactId");
                                if (!staged.contains(artifactId)) {
                                    problems.add("the BOM lists " + artifactId + ", which is not staged");
                                }
                                if (UNPUBLISHED.contains(artifactId)) {
                                    problems.add("the BOM lists " + artifactId + ", which is never published");
                                }
                            }
                        },
                        () -> problems.add("the BOM (dynamic-routes-bom) is not staged"));
        for (String artifactId : PUBLISHED) {
            if (!staged.contains(artifactId)) {
                problems.add(artifactId + " is not staged");
            }
        }
    }

    /** A value of this POM, or of its parent chain as far as the parents are staged. */
    String inherited(Document doc, String... path) {
        Document current = doc;
        for (int depth = 0; current != null && depth < 10; depth++) {
            String value = text(current.getDocumentElement(), path);
            if (value != null) {
                return value;
            }
            Element parent = child(current.getDocumentElement(), "parent");
            current = parent == null
                    ? null
                    : pomsByCoordinates.get(text(parent, "groupId") + ":" + text(parent, "artifactId"));
        }
        return null;
    }

    void requireValue(String where, String what, String value) {
        if (value == null || value.isBlank()) {
            problems.add(where + ": POM has no " + what);
        } else if (value.contains("${")) {
            problems.add(where + ": POM " + what + " is an unresolved expression: " + value);
        }
    }

    boolean requireFile(String where, Path file, String what) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        problems.add(where + ": no " + what + " (" + file.getFileName() + ")");
        return false;
    }

    static boolean isChecksumOrSignature(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".md5")
                || name.endsWith(".sha1")
                || name.endsWith(".sha256")
                || name.endsWith(".sha512")
                || name.endsWith(".asc");
    }

    static String digest(Path file, String algorithm) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance(algorithm);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    static String groupId(Document doc) {
        String own = text(doc.getDocumentElement(), "groupId");
        return own != null ? own : text(doc.getDocumentElement(), "parent", "groupId");
    }

    /** The text of the element at this path of direct children, or null. */
    static String text(Element from, String... path) {
        Element current = from;
        for (String name : path) {
            current = child(current, name);
            if (current == null) {
                return null;
            }
        }
        return current.getTextContent().trim();
    }

    static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(n.getNodeName())) {
                found.add((Element) n);
            }
        }
        return found;
    }
}
