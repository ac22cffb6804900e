package dev.edgarlive.parser;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.forms.FormCatalog;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the parser against the corpus's ground truth, the way issue 3 asks: each complete submission whose
 * header lists 8-K items has its header cut off, the rest is parsed, and the items and company name the body
 * yields are compared with what the header said. The 10-K/10-Q files with section labels are compared section
 * by section.
 *
 * <p>Scoring the header's blank ITEM INFORMATION lines (common before 2005): a blank line says an item was
 * reported without saying which. A filing whose lines are all blank cannot be scored for its item set and is
 * counted apart, with whether the number of items found equals the number of lines. A filing with some named
 * and some blank lines is scored: exact when every named item is found and the number found equals the number
 * of lines.
 */
final class AccuracyHarness {

    /** The ground truth writes a pre-2004 8-K item as {@code old-5}; the parser reports the number it became. */
    private static final Map<String, String> LEGACY_TO_CURRENT = FormCatalog.legacyCurrentReportItems();

    /** One ground-truth filing's outcome. */
    record ItemCase(String file, String era, String form, Set<String> expected, int headerLines, int blankLines,
                    Set<String> found, boolean scored, boolean exactAsHeader, boolean exact, String expectedName,
                    String foundName, boolean nameFound) {
    }

    /** One labelled 10-K/10-Q document's outcome. */
    record SectionCase(String file, List<String> expected, List<String> found, boolean exact,
                       double medianSizeRatio) {
    }

    record Report(List<ItemCase> items, List<SectionCase> sections) {

        /** Share of scored 8-K filings of an era whose item set was exactly right (header errata applied). */
        double itemAccuracy(String era) {
            List<ItemCase> scored = items.stream().filter(c -> c.form.startsWith("8-K") && c.era.equals(era) && c.scored).toList();
            return scored.isEmpty() ? 1.0 : (double) scored.stream().filter(ItemCase::exact).count() / scored.size();
        }

        double nameAccuracy() {
            List<ItemCase> named = items.stream().filter(c -> c.expectedName != null && !c.expectedName.isBlank()).toList();
            return named.isEmpty() ? 1.0 : (double) named.stream().filter(ItemCase::nameFound).count() / named.size();
        }

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("| Form | Era | Filings with ITEM INFORMATION | Scored (named items) | Exact vs header as written"
                    + " | Exact with errata | Accuracy (errata) | All-blank headers | of which item count agrees |\n");
            md.append("|---|---|---|---|---|---|---|---|---|\n");
            Map<String, List<ItemCase>> groups = new LinkedHashMap<>();
            for (ItemCase c : items) {
                groups.computeIfAbsent(c.form + "\t" + c.era, k -> new ArrayList<>()).add(c);
            }
            groups.forEach((key, cases) -> {
                String[] parts = key.split("\t");
                long scored = cases.stream().filter(ItemCase::scored).count();
                long exact = cases.stream().filter(c -> c.scored && c.exact).count();
                long asHeader = cases.stream().filter(c -> c.scored && c.exactAsHeader).count();
                long blank = cases.stream().filter(c -> !c.scored).count();
                long blankAgree = cases.stream().filter(c -> !c.scored && c.found.size() == c.headerLines).count();
                md.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" | ").append(cases.size())
                        .append(" | ").append(scored).append(" | ").append(asHeader).append(" | ").append(exact).append(" | ")
                        .append(scored == 0 ? "n/a" : percent((double) exact / scored)).append(" | ").append(blank)
                        .append(" | ").append(blankAgree).append(" |\n");
            });
            md.append("\n| Company name found in the body alone | ");
            long named = items.stream().filter(c -> c.expectedName != null && !c.expectedName.isBlank()).count();
            long found = items.stream().filter(ItemCase::nameFound).count();
            md.append(found).append(" of ").append(named).append(" | ").append(percent(nameAccuracy())).append(" |\n");
            md.append("|---|---|---|\n");
            for (String era : new String[] {"pre-2004-08-23", "post-2004-08-23"}) {
                long n = items.stream().filter(c -> c.era.equals(era) && c.expectedName != null).count();
                long f = items.stream().filter(c -> c.era.equals(era) && c.nameFound).count();
                md.append("| ").append(era).append(" | ").append(f).append(" of ").append(n).append(" | ")
                        .append(n == 0 ? "n/a" : percent((double) f / n)).append(" |\n");
            }
            md.append("\n| Labelled 10-K/10-Q | Expected sections (count > 0) | Found | Same sections"
                    + " | Median size ratio found/expected |\n");
            md.append("|---|---|---|---|---|\n");
            for (SectionCase s : sections) {
                md.append("| ").append(s.file).append(" | ").append(s.expected.size()).append(" | ").append(s.found.size())
                        .append(" | ").append(s.exact ? "yes" : "no: " + difference(s)).append(" | ")
                        .append(String.format("%.2f", s.medianSizeRatio)).append(" |\n");
            }
            return md.toString();
        }

        String misses() {
            StringBuilder out = new StringBuilder();
            for (ItemCase c : items) {
                if ((c.scored && !c.exact) || (c.expectedName != null && !c.nameFound)) {
                    out.append(c.file).append(": expected ").append(c.expected).append(" (").append(c.headerLines)
                            .append(" lines, ").append(c.blankLines).append(" blank) found ").append(c.found)
                            .append(c.nameFound ? "" : " | name expected '" + c.expectedName + "' found '" + c.foundName + "'")
                            .append('\n');
                }
            }
            return out.toString();
        }

        private static String difference(SectionCase s) {
            Set<String> missing = new TreeSet<>(s.expected);
            missing.removeAll(s.found);
            Set<String> extra = new TreeSet<>(s.found);
            extra.removeAll(s.expected);
            return "missing " + missing + ", extra " + extra;
        }
    }

    private final FilingParser parser = new FilingParser();
    private final Map<String, Set<String>> errata = loadErrata();

    private static Map<String, Set<String>> loadErrata() {
        Map<String, Set<String>> errata = new java.util.HashMap<>();
        try (var in = AccuracyHarness.class.getResourceAsStream("/accuracy-errata.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    errata.computeIfAbsent(cells[0], k -> new TreeSet<>()).add(cells[1]);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return errata;
    }

    Report run(Corpus corpus) {
        List<ItemCase> items = new ArrayList<>();
        for (String[] row : corpus.tsv("GROUND_TRUTH_ITEMS.tsv")) {
            items.add(itemCase(corpus, row));
        }
        List<SectionCase> sections = new ArrayList<>();
        for (String file : labelledFiles(corpus)) {
            SectionCase c = sectionCase(corpus, file);
            if (c != null) {
                sections.add(c);
            }
        }
        return new Report(items, sections);
    }

    private ItemCase itemCase(Corpus corpus, String[] row) {
        String file = row[0];
        String form = row[2];
        LocalDate filed = DateText.compact(row[3]);
        String era = filed != null && filed.isBefore(FormCatalog.CURRENT_REPORT_ITEMS_SINCE) ? "pre-2004-08-23" : "post-2004-08-23";
        String company = row[4];
        String raw = row[5];
        String derived = row[6];
        String nc = row.length > 7 ? row[7] : "";
        List<String> codes = new ArrayList<>();
        for (String code : (nc.isBlank() ? derived : nc).split(",")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        int headerLines = nc.isBlank() ? raw.split("\\|", -1).length : codes.size();
        Set<String> expected = new TreeSet<>();
        int blank = 0;
        for (String code : codes) {
            if (code.equals("(blank)")) {
                blank++;
            } else if (code.contains(":")) {
                expected.add(code.substring(code.indexOf(':') + 1));
            } else if (code.startsWith("old-")) {
                expected.add(LEGACY_TO_CURRENT.getOrDefault(code.substring(4), code));
            } else {
                expected.add(code);
            }
        }
        byte[] body = withoutHeader(corpus.read(file));
        ParseResult result = parser.parse(body);
        Set<String> found = new TreeSet<>();
        String foundName = null;
        if (result.filing().isPresent()) {
            Filing filing = result.filing().get();
            for (Item item : filing.items()) {
                found.add(item.normalizedCode());
            }
            foundName = filing.company() == null ? null : filing.company().name();
        }
        // Forms without items in the parser's sense (Form D's ITEMS are exemption codes) are not scored.
        boolean scored = !expected.isEmpty() && FormSchemas.forForm(form) != null;
        boolean asHeader = exact(expected, blank, headerLines, found);
        Set<String> corrected = new TreeSet<>(expected);
        corrected.addAll(errata.getOrDefault(file, Set.of()));
        int correctedLines = headerLines + corrected.size() - expected.size();
        boolean exact = exact(corrected, blank, correctedLines, found);
        return new ItemCase(file, era, form, expected, headerLines, blank, found, scored, asHeader, exact, company,
                foundName, sameCompany(company, foundName));
    }

    private static boolean exact(Set<String> expected, int blank, int headerLines, Set<String> found) {
        return blank == 0 ? found.equals(expected) : found.containsAll(expected) && found.size() == headerLines;
    }

    /** The submission with its header cut out, as if the filer's documents had come alone. */
    static byte[] withoutHeader(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String tag : new String[] {"SEC-HEADER", "IMS-HEADER"}) {
            int start = text.indexOf("<" + tag + ">");
            int end = text.indexOf("</" + tag + ">");
            if (start >= 0 && end > start) {
                text = text.substring(0, start) + text.substring(end + tag.length() + 3);
                return text.getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        int submission = text.indexOf("<SUBMISSION>");
        int firstDocument = text.indexOf("<DOCUMENT>");
        if (submission >= 0 && firstDocument > submission) {
            text = text.substring(0, submission + "<SUBMISSION>".length()) + "\n" + text.substring(firstDocument);
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * EDGAR's conformed names drop punctuation and abbreviate ("STOCKWALK COM GROUP INC" for "Stockwalk.com Group,
     * Inc."), add a state tag ("\\PA\\"), and lag behind renamings. Both sides are reduced to words with the usual
     * abbreviations; the names agree when they are equal once spaces are dropped, or when every word of one is a
     * word of the other (two words at least).
     */
    static boolean sameCompany(String expected, String found) {
        if (expected == null || found == null) {
            return false;
        }
        String a = nameKey(expected);
        String b = nameKey(found);
        if (a.replace(" ", "").equals(b.replace(" ", ""))) {
            return true;
        }
        Set<String> wordsA = new TreeSet<>(List.of(a.split(" ")));
        Set<String> wordsB = new TreeSet<>(List.of(b.split(" ")));
        Set<String> smaller = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
        Set<String> larger = smaller == wordsA ? wordsB : wordsA;
        return smaller.size() >= 2 && larger.containsAll(smaller);
    }

    static String nameKey(String name) {
        String upper = name.toUpperCase().replaceAll("[\\\\/][A-Z]{2,3}[\\\\/]\\s*$", "").replace("&", " AND ");
        upper = upper.replaceAll("\\bCORPORATION\\b", "CORP").replaceAll("\\bINCORPORATED\\b", "INC")
                .replaceAll("\\bCOMPANY\\b", "CO").replaceAll("\\bLIMITED\\b", "LTD").replaceAll("^THE\\s+", "");
        return upper.replaceAll("[^A-Z0-9 ]", "").replaceAll("\\s+", " ").strip();
    }

    private static List<String> labelledFiles(Corpus corpus) {
        List<String> files = new ArrayList<>();
        java.nio.file.Path dir = corpus.root().resolve("labels/sec-parser-test-data");
        try (var stream = java.nio.file.Files.list(dir)) {
            stream.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected-top-level-sections.json"))
                    .sorted()
                    .forEach(n -> files.add(n.substring(0, n.length() - ".expected-top-level-sections.json".length())));
        } catch (java.io.IOException e) {
            return files;
        }
        return files;
    }

    private static final Pattern LABEL = Pattern.compile(
            "\"identifier\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"character_count\"\\s*:\\s*(\\d+)");

    private SectionCase sectionCase(Corpus corpus, String file) {
        if (!java.nio.file.Files.exists(corpus.root().resolve("files").resolve(file))) {
            return null;
        }
        String json = corpus.readString("labels/sec-parser-test-data/" + file + ".expected-top-level-sections.json");
        List<String> expected = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Matcher m = LABEL.matcher(json);
        while (m.find()) {
            // The labels list every section of the form; one the filing leaves out (a 10-Q without Part II
            // Items 3 and 4) has a character count of 0. It is not expected, and finding it counts as an extra.
            int size = Integer.parseInt(m.group(2));
            if (size > 0) {
                expected.add(m.group(1).toLowerCase());
                sizes.add(size);
            }
        }
        ParseResult result = parser.parse(corpus.read("files/" + file));
        List<String> found = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        if (result.filing().isPresent()) {
            boolean quarterly = file.startsWith("10q");
            for (Item item : result.filing().get().items()) {
                String id = quarterly ? sectionId(item.normalizedCode()) : item.code().toLowerCase();
                found.add(id);
                int at = expected.indexOf(id);
                if (at >= 0 && sizes.get(at) > 0) {
                    ratios.add((double) item.text().length() / sizes.get(at));
                }
            }
        }
        ratios.sort(Double::compare);
        double median = ratios.isEmpty() ? 0 : ratios.get(ratios.size() / 2);
        return new SectionCase(file, expected, found, new TreeSet<>(expected).equals(new TreeSet<>(found)), median);
    }

    /** "II-1A" to the labels' "part2item1a". */
    private static String sectionId(String normalized) {
        int dash = normalized.indexOf('-');
        String part = dash < 0 ? "" : normalized.substring(0, dash);
        String item = normalized.substring(dash + 1).toLowerCase();
        String partNumber = switch (part) {
            case "I" -> "1";
            case "II" -> "2";
            default -> "?";
        };
        return "part" + partNumber + "item" + item;
    }

    static String percent(double share) {
        return String.format("%.1f%%", share * 100);
    }
}
