package dev.edgarlive.cli;

import java.io.BufferedReader;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of a run: the paths given as arguments, then those a list names one per line ({@code --files-from}),
 * read only as the run takes them, so that a list of millions of files costs no memory. Blank lines are skipped.
 */
final class SourceList {

    private SourceList() {
    }

    static Iterator<String> of(List<String> arguments, BufferedReader list) {
        Stream<String> listed = list == null ? Stream.empty() : list.lines().filter(line -> !line.isBlank());
        return Stream.concat(arguments.stream(), listed).iterator();
    }
}
