package fr.clausematch.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly (a CharsetDecoder set to REPORT) and, when a byte is not UTF-8, first hands out
 * every character before it, then throws {@link BadByteException} naming the line of the bad byte
 * (line breaks counted as CSV counts them: LF, CR LF or a lone CR). An InputStreamReader decodes ahead
 * by blocks and fails at the first read, whatever line holds the bad byte.
 */
final class Utf8LineReader extends Reader {

    /** A byte that is not UTF-8, and the line (1 = first) that holds it. */
    static final class BadByteException extends CharacterCodingException {

        private final long line;

        BadByteException(long line) {
            this.line = line;
        }

        long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return "octet non UTF-8 ligne " + line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private boolean endOfInput;
    private boolean done;
    private boolean bad;
    private long breaks;
    private boolean afterCr;

    Utf8LineReader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (bad) {
                throw new BadByteException(breaks + 1);
            }
            if (done) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        for (int i = offset; i < offset + n; i++) {
            char c = target[i];
            if (c == '\r' || (c == '\n' && !afterCr)) {
                breaks++;
            }
            afterCr = c == '\r';
        }
        return n;
    }

    private void decodeMore() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !bad && !done) {
            if (!endOfInput) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            bytes.compact();
            if (result.isError()) {
                bad = true;
            } else if (endOfInput && result.isUnderflow()) {
                decoder.flush(chars);
                done = true;
            }
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
