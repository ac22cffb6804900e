package dev.edgarlive.parser.sections;

import dev.edgarlive.filing.Item;
import dev.edgarlive.parser.cover.SignatureBlock;
import dev.edgarlive.parser.text.NextOccurrence;
import dev.edgarlive.parser.text.TextLines;
import dev.edgarlive.parser.text.TitleKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a report's items in its primary document's text, driven by the form's schema: candidate headings first,
 * then table-of-contents entries dropped (see {@link TableOfContents}), then (for forms whose items come in order)
 * stray cross-references dropped, then each item's text cut from its heading to the next heading or the signature block; items announced
 * together, under one heading or under headings with nothing between them, share the text that follows.
 */
public final class ItemExtractor {

    private final ItemHeadingParser headings = new ItemHeadingParser();
    private final RunOnItemHeadings runOnHeadings = new RunOnItemHeadings(headings);

    /** The items found, and where the region before them (the cover page) ends. */
    public record Extraction(List<Item> items, int firstHeadingLine, int lastItemEnd) {
    }

    /** @param hardWrapped whether the text is a plain-text document's, whose prose paragraphs are wrapped lines */
    public Extraction extract(TextLines lines, FormSchema schema, boolean hardWrapped) {
        List<Candidate> candidates = candidates(lines, schema);
        List<Candidate> kept = TableOfContents.withoutEntries(lines, candidates);
        if (schema.ordered()) {
            kept = withTitledStragglers(lines, kept, inSchemaOrder(kept, schema));
        } else {
            kept = firstOfEachCode(kept);
        }
        int signatureLine = kept.isEmpty() ? -1 : SignatureBlock.findStart(lines, kept.get(kept.size() - 1).heading.line() + 1);
        int documentEnd = signatureLine >= 0 ? lines.start(signatureLine) : lines.text().length();
        List<Item> items = items(lines, kept, documentEnd, schema, hardWrapped);
        int firstLine = candidates.isEmpty() ? -1 : candidates.get(0).heading.line();
        return new Extraction(items, firstLine, kept.isEmpty() ? 0 : documentEnd);
    }

    /**
     * Each kept heading's items with their text, from the heading to the next one (the last to {@code documentEnd}).
     * Headings announced together share the text after the last of them.
     */
    private static List<Item> items(TextLines lines, List<Candidate> kept, int documentEnd, FormSchema schema,
                                    boolean hardWrapped) {
        List<Item> items = new ArrayList<>();
        for (int first = 0; first < kept.size(); ) {
            int last = first;
            while (last + 1 < kept.size() && announcedWithNext(lines.text(), kept.get(last), kept.get(last + 1))) {
                last++;
            }
            int end = last + 1 < kept.size() ? kept.get(last + 1).heading.start() : documentEnd;
            int start = Math.min(kept.get(last).heading.bodyStart(), end);
            String text = ItemText.clean(lines, start, beforeClosingPartHeading(lines, start, end), hardWrapped);
            if (last > first && schema.ordered() && !speaksForSeveralItems(text)) {
                // A form whose items all appear, in order, lists the items it omits as bare headings ("The following
                // items have been omitted ..."): they are not announced with the next one unless its text says so.
                for (int k = first; k < last; k++) {
                    addItems(items, kept.get(k), "", List.of());
                }
                first = last;
            }
            List<String> together = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                kept.get(k).definitions.forEach(definition -> together.add(definition.normalizedCode()));
            }
            for (int k = first; k <= last; k++) {
                addItems(items, kept.get(k), text, text.isEmpty() ? List.of() : together);
            }
            first = last + 1;
        }
        return items;
    }

    /**
     * Headings with nothing between them ("Item 1.01. Entry into a Material Definitive Agreement." straight over
     * "Item 2.03. Creation of a Direct Financial Obligation ...", then one text) announce their items together:
     * the filing answers them with the text after the last one. Not when the first heading's title is its whole
     * answer ("Item 6. [Reserved]", "Item 4. None").
     */
    private static boolean announcedWithNext(String text, Candidate candidate, Candidate next) {
        for (int i = candidate.heading.bodyStart(); i < next.heading.start(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        String title = candidate.heading.title();
        return !TitleKey.of(title).endsWith("reserved") && !HeadingTitle.isNilAnswer(title, 0, title.length());
    }

    /** The items a heading names, each with the text given and the other items of {@code together}. */
    private static void addItems(List<Item> items, Candidate candidate, String text, List<String> together) {
        for (ItemDefinition definition : candidate.definitions) {
            String title = candidate.heading.title().isEmpty() ? definition.title() : candidate.heading.title();
            items.add(new Item(definition.code(), definition.normalizedCode(), title, text,
                    othersThan(definition.normalizedCode(), together)));
        }
    }

    /**
     * Text that answers for several items names them: "The information called for by Items 10, 11, 12 and 13 is
     * incorporated by reference", "required by Part III (Items 10-14)".
     */
    private static boolean speaksForSeveralItems(String text) {
        for (int at = text.indexOf("tems "); at > 0; at = text.indexOf("tems ", at + 5)) {
            char initial = text.charAt(at - 1);
            int after = at + 5;
            if ((initial == 'I' || initial == 'i') && after < text.length() && Character.isDigit(text.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> othersThan(String code, List<String> codes) {
        List<String> others = new ArrayList<>(codes.size());
        for (String other : codes) {
            if (!other.equals(code)) {
                others.add(other);
            }
        }
        return others;
    }

    /**
     * Where an item's text ends when a part heading ("PART II", "PART II - OTHER INFORMATION", or "PART III" over
     * a title line) stands between it and the next item: the heading opens the next part, it is not the item's text.
     */
    private static int beforeClosingPartHeading(TextLines lines, int start, int end) {
        if (end <= start) {
            return end;
        }
        int last = lines.lineAt(end - 1);
        while (last >= 0 && lines.start(last) >= start && lines.isBlank(last)) {
            last--;
        }
        if (last >= 0) {
            // "None. PART II. OTHER INFORMATION." run together on the item's last line
            int from = Math.max(start, lines.firstNonSpace(last));
            int to = Math.min(end, lines.end(last));
            int inside = PartHeading.lastInside(lines.text(), from, to, new NextOccurrence(lines.text(), 'P', from, to));
            if (inside >= 0) {
                return inside;
            }
        }
        for (int line = last, seen = 0; line >= 0 && lines.start(line) >= start && seen < 2; line--) {
            if (lines.isBlank(line)) {
                continue;
            }
            if (PartHeading.partNamedAt(lines.text(), lines.firstNonSpace(line), lines.end(line)) != null) {
                return lines.start(line);
            }
            if (lines.end(line) - lines.firstNonSpace(line) > 60) {
                break; // a part's title is short; a longer line is the item's own text
            }
            seen++;
        }
        return end;
    }

    /** One heading and the schema items it names. */
    record Candidate(ItemHeading heading, List<ItemDefinition> definitions, int schemaIndex) {
    }

    private List<Candidate> candidates(TextLines lines, FormSchema schema) {
        List<Candidate> found = new ArrayList<>();
        String text = lines.text();
        String part = null;
        NextOccurrence capitalPs = new NextOccurrence(text, 'P', 0, text.length());
        for (int i = 0; i < lines.count(); i++) {
            int p = lines.firstNonSpace(i);
            if (p >= lines.end(i)) {
                continue;
            }
            char c = text.charAt(p);
            ItemHeading heading = null;
            if (schema.parted() && (c == 'P' || c == 'p')) {
                String named = PartHeading.partNamedAt(text, p, lines.end(i));
                if (named != null) {
                    part = named;
                }
            } else if (c == 'I' || c == 'i') {
                heading = headings.parse(lines, i, schema);
            }
            // Forms in order also have headings inside lines; for the others, a cross-reference inside a line
            // could not be told from a heading, since no order would drop it.
            if (schema.ordered()) {
                int from = p;
                for (ItemHeading onLine : runOnHeadings.onLine(lines, i, heading, schema)) {
                    part = partSwitchedInside(text, from, onLine.start(), schema, part, capitalPs);
                    add(found, onLine, schema, part);
                    from = Math.max(from, onLine.start());
                }
                part = partSwitchedInside(text, from, lines.end(i), schema, part, capitalPs);
            } else if (heading != null) {
                add(found, heading, schema, part);
            }
        }
        return found;
    }

    /** The part named by a part heading inside a line between {@code from} and {@code to}, else {@code part}. */
    private static String partSwitchedInside(String text, int from, int to, FormSchema schema, String part,
                                             NextOccurrence capitalPs) {
        if (!schema.parted() || to <= from) {
            return part;
        }
        int at = PartHeading.lastInside(text, from, to, capitalPs);
        return at < 0 ? part : PartHeading.partNamedAt(text, at, to);
    }

    private static void add(List<Candidate> found, ItemHeading heading, FormSchema schema, String part) {
        List<ItemDefinition> definitions = new ArrayList<>();
        for (String code : heading.codes()) {
            ItemDefinition definition = choose(schema.definitionsFor(code), part);
            if (definition != null && !definitions.contains(definition)) {
                definitions.add(definition);
            }
        }
        if (!definitions.isEmpty()) {
            found.add(new Candidate(heading, definitions, schema.indexOf(definitions.get(0))));
        }
    }

    private static ItemDefinition choose(List<ItemDefinition> definitions, String part) {
        if (definitions.isEmpty()) {
            return null;
        }
        if (part != null) {
            for (ItemDefinition definition : definitions) {
                if (part.equals(definition.part())) {
                    return definition;
                }
            }
        }
        return definitions.get(0);
    }

    /** For unordered forms (8-K): an item is reported once, at its first heading. */
    private static List<Candidate> firstOfEachCode(List<Candidate> candidates) {
        Set<ItemDefinition> seen = new HashSet<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<ItemDefinition> fresh = new ArrayList<>();
            for (ItemDefinition definition : candidate.definitions) {
                if (seen.add(definition)) {
                    fresh.add(definition);
                }
            }
            if (!fresh.isEmpty()) {
                kept.add(new Candidate(candidate.heading, fresh, candidate.schemaIndex));
            }
        }
        return kept;
    }

    /**
     * The run in schema order, with the headings it left out put back where they stand when they name an item the
     * run lacks under that item's own title: CarMax's ABS 10-K writes "Item 3. Legal Proceedings. Item 1B.
     * Unresolved Staff Comments. None.", and its Item 1B is an item, out of order. A cross-reference that happens
     * to start a line rarely carries the item's title, and one whose item the run has already is never taken; nor
     * is one without a body before the next heading (a contents entry).
     */
    private static List<Candidate> withTitledStragglers(TextLines lines, List<Candidate> all, List<Candidate> run) {
        if (run.size() == all.size()) {
            return run;
        }
        Set<ItemDefinition> named = new HashSet<>();
        run.forEach(candidate -> named.addAll(candidate.definitions));
        Set<Candidate> inRun = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inRun.addAll(run);
        List<Candidate> kept = new ArrayList<>(all.size());
        for (int k = 0; k < all.size(); k++) {
            Candidate candidate = all.get(k);
            int end = k + 1 < all.size() ? all.get(k + 1).heading.start() : lines.text().length();
            if (inRun.contains(candidate)) {
                kept.add(candidate);
            } else if (carriesItsTitle(candidate) && candidate.definitions.stream().noneMatch(named::contains)
                    && TableOfContents.hasBody(lines.text(), candidate.heading, end)) {
                named.addAll(candidate.definitions);
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** The heading's own title is the form's title for its one item ("Unresolved Staff Comments"). */
    private static boolean carriesItsTitle(Candidate candidate) {
        if (candidate.definitions.size() != 1 || candidate.heading.title().isEmpty()
                || candidate.heading.endsWithPageNumber()) {
            return false;
        }
        String title = TitleKey.of(candidate.heading.title());
        return !title.isEmpty() && title.equals(TitleKey.of(candidate.definitions.get(0).title()));
    }

    /**
     * For ordered forms (10-K, 10-Q): the longest run of headings in strictly increasing schema order; headings
     * off that run are cross-references that happen to start a line.
     */
    private static List<Candidate> inSchemaOrder(List<Candidate> candidates, FormSchema schema) {
        int n = candidates.size();
        if (n == 0) {
            return candidates;
        }
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (candidates.get(j).schemaIndex < candidates.get(i).schemaIndex && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (length[i] > length[best]) {
                best = i;
            }
        }
        List<Candidate> run = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            run.add(0, candidates.get(i));
        }
        return run;
    }
}
