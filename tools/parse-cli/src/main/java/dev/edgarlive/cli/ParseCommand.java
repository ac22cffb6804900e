package dev.edgarlive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bin/parse FILE...}: one JSON object per file, in input order, on standard output.
 *
 * <p>Files are read and parsed on as many threads as the machine has cores, a bounded number at a time, and each
 * record is written as soon as it and all before it are done: the output is the same, byte for byte, whatever the
 * thread count, and memory does not grow with the number of files.
 *
 * <p>A file that cannot be read or parsed becomes an error record and the run goes on, so the exit
 * code says only whether the command was used correctly (0), or not (2).
 */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        version = "parse (EDGAR Live) 0.1.0",
        description = "Parses EDGAR filings and prints one JSON object per file (JSON Lines), in input order.",
        footer = "A file that cannot be parsed prints {\"source\":...,\"error\":{\"type\":...,\"message\":...}}; "
                + "the exit code is 0 unless the command is misused (2).")
public final class ParseCommand implements Callable<Integer> {

    @Option(names = "--pretty", description = "Indent each object for a person to read.")
    boolean pretty;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Files read and parsed at once (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "EDGAR files: submissions, .nc, HTML, text, XML; any of them gzipped.")
    List<String> files = List.of();

    @Option(names = "--files-from", paramLabel = "LIST",
            description = "Also the files LIST names, one path per line, after any FILE ('-': standard input).")
    String filesFrom;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(utf8(new FileOutputStream(FileDescriptor.out)), false);
        PrintWriter err = new PrintWriter(utf8(new FileOutputStream(FileDescriptor.err)), true);
        int exitCode = run(args, out, err);
        out.flush();
        System.exit(exitCode);
    }

    /** Runs the command as {@code main} would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ParseCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        return exitCode;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (files.isEmpty() && filesFrom == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE' (or --files-from LIST)");
        }
        PrintWriter out = spec.commandLine().getOut();
        FilingJson json = new FilingJson(pretty);
        // One parser for all threads: FilingParser is thread-safe (its stages keep no state between calls, and
        // each call builds its own working objects); so are FilingJson's configured ObjectMapper and ObjectWriter.
        SourceParser parser = new SourceParser(new SourceReader(new GzipInflater()), json);
        try (BufferedReader list = openList(); InOrderPool pool = new InOrderPool(threads)) {
            // The JSON text is made on the worker threads too; this thread only writes it.
            pool.run(SourceList.of(files, list), source -> json.write(parser.parse(source)), record -> {
                out.println(record);
                // A line per file as soon as it is ready, so a long run can be followed and piped.
                out.flush();
            });
        }
        return 0;
    }

    /** The {@code --files-from} list, or null without one. */
    private BufferedReader openList() {
        if (filesFrom == null) {
            return null;
        }
        if (filesFrom.equals("-")) {
            return new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedReader(Path.of(filesFrom), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--files-from: cannot read " + filesFrom + ": " + e);
        }
    }

    private static Writer utf8(FileOutputStream stream) {
        return new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }
}
