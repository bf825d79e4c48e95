package app.stoika.ops.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import app.stoika.db.process.ProcessFailedException;
import app.stoika.db.process.ProcessResult;
import app.stoika.db.process.ProcessRunner;

/**
 * Streams what a program writes into a Java {@link OutputStream} (for example one that hashes while it
 * writes), without holding it in memory and without reading the file a second time.
 *
 * <p>The project's {@link ProcessRunner} captures output in memory, which is no place for a backup, so the
 * program writes into a named pipe (FIFO) that this class reads. Programs that only write to standard
 * output run as {@code sh -c 'exec "$@" > FIFO'}.
 */
public final class StreamCapture {
    private StreamCapture() {
    }

    /**
     * Runs {@code command} (which must write to {@code fifo}) and copies the FIFO into {@code sink}.
     *
     * @return the program's result; throws {@link ProcessFailedException} when it fails
     */
    public static ProcessResult run(ProcessRunner runner, List<String> command, Path fifo, OutputStream sink,
                                    Duration timeout) {
        makeFifo(runner, fifo);
        AtomicBoolean opened = new AtomicBoolean();
        FutureTask<Long> reader = new FutureTask<>(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                opened.set(true);
                return copy(in, sink);
            }
        });
        Thread readerThread = new Thread(reader, "stream-capture");
        readerThread.setDaemon(true);
        readerThread.start();
        ProcessResult result;
        try {
            result = runner.run(command, null, timeout);
        } finally {
            if (!opened.get()) {
                unblockReader(fifo);
            }
        }
        try {
            reader.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // Our side failed (disk full, say); the program then died of a broken pipe, which says less.
            Throwable cause = e.getCause();
            throw cause instanceof IOException io
                    ? new UncheckedIOException("Writing the output of " + command.get(0) + " failed: " + io.getMessage()
                            + (result.succeeded() ? "" : "; the program said: " + result.diagnostics()), io)
                    : new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Reading the output of " + command.get(0) + " did not finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            try {
                Files.deleteIfExists(fifo);
            } catch (IOException ignored) {
                // a FIFO holds no data
            }
        }
        if (!result.succeeded()) {
            throw new ProcessFailedException(result);
        }
        return result;
    }

    private static final int CHUNK = 1 << 20;
    private static final int CHUNKS_IN_FLIGHT = 16;

    private record Chunk(byte[] data, int length) {
    }

    /**
     * Copies with two threads: this one only reads the pipe (so the program never waits on a full 64 KB pipe
     * while we hash), a second one hashes and writes. Up to 16 MB are in flight between them.
     */
    static long copy(InputStream in, OutputStream sink) throws IOException, InterruptedException {
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
        BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT + 1);
        for (int i = 0; i < CHUNKS_IN_FLIGHT; i++) {
            free.add(new byte[CHUNK]);
        }
        AtomicReference<IOException> writeError = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (Chunk c; (c = full.take()).length() >= 0; ) {
                    if (writeError.get() == null) {
                        try {
                            sink.write(c.data(), 0, c.length());
                        } catch (IOException e) {
                            writeError.set(e);
                        }
                    }
                    free.add(c.data());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stream-capture-write");
        writer.setDaemon(true);
        writer.start();
        long total = 0;
        try {
            while (writeError.get() == null) {
                byte[] buffer = free.take();
                int n = in.readNBytes(buffer, 0, CHUNK);
                if (n > 0) {
                    full.put(new Chunk(buffer, n));
                    total += n;
                }
                if (n < CHUNK) {
                    break;
                }
            }
        } finally {
            full.put(new Chunk(null, -1));
            writer.join();
        }
        if (writeError.get() != null) {
            throw writeError.get();
        }
        return total;
    }

    /** Wraps a program that writes to stdout so that it writes to {@code fifo}. */
    public static List<String> stdoutTo(Path fifo, List<String> command) {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" > \"$0\"", fifo.toString()));
        cmd.addAll(command);
        return cmd;
    }

    private static void makeFifo(ProcessRunner runner, Path fifo) {
        try {
            Files.deleteIfExists(fifo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runner.runChecked(List.of("mkfifo", "-m", "600", fifo.toString()), null, Duration.ofSeconds(30));
    }

    /** The program never opened the FIFO (it failed first): open it for writing so the reader sees EOF. */
    private static void unblockReader(Path fifo) {
        Thread t = new Thread(() -> {
            try {
                Files.newOutputStream(fifo, StandardOpenOption.WRITE).close(); // opening and closing is enough
            } catch (IOException ignored) {
                // the reader is gone already
            }
        }, "stream-capture-unblock");
        t.setDaemon(true);
        t.start();
    }
}
