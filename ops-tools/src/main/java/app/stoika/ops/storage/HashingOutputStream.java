package app.stoika.ops.storage;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a backup file and computes its SHA-256 and size on the way, so the data is never read twice.
 * {@link #close()} forces the file to disk.
 */
public final class HashingOutputStream extends FilterOutputStream {
    private final Path file;
    private final MessageDigest digest;
    private final java.nio.channels.FileChannel channel;
    private long bytes;
    private boolean closed;

    private HashingOutputStream(Path file, java.nio.channels.FileChannel channel, MessageDigest digest) {
        super(new DigestOutputStream(new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 20), digest));
        this.file = file;
        this.channel = channel;
        this.digest = digest;
    }

    public static HashingOutputStream create(Path file) throws IOException {
        var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new HashingOutputStream(file, channel, sha256());
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        bytes += len;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.flush();
        channel.force(true);
        out.close();
    }

    /** The finished file's manifest entry; call after {@link #close()}. */
    public FileEntry entry() {
        if (!closed) {
            throw new IllegalStateException(file + " is still open");
        }
        return new FileEntry(file.getFileName().toString(), bytes, HexFormat.of().formatHex(digest.digest()));
    }

    /** SHA-256 of a whole file, for verification. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
