package org.meetlinks.bootstrap;

import java.math.BigInteger;
import java.util.Arrays;

/** Just enough DER to read a PKCS#1 public key. */
final class DerReader {
    private final byte[] der;
    private int position;
    private final int end;

    DerReader(byte[] der) {
        this(der, 0, der.length);
    }

    private DerReader(byte[] der, int position, int end) {
        this.der = der;
        this.position = position;
        this.end = end;
    }

    DerReader enter(int tag) {
        int length = header(tag);
        DerReader inner = new DerReader(der, position, position + length);
        position += length;
        return inner;
    }

    BigInteger integer() {
        int length = header(0x02);
        byte[] value = Arrays.copyOfRange(der, position, position + length);
        position += length;
        return new BigInteger(value);
    }

    private int header(int tag) {
        if (position >= end || (der[position++] & 0xff) != tag) {
            throw new IllegalArgumentException("unexpected DER structure");
        }
        int length = der[position++] & 0xff;
        if (length > 0x80) {
            int bytes = length - 0x80;
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (der[position++] & 0xff);
            }
        }
        if (position + length > end) {
            throw new IllegalArgumentException("truncated DER structure");
        }
        return length;
    }
}
