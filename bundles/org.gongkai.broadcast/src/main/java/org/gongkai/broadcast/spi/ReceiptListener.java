package org.gongkai.broadcast.spi;

/** Receives the asynchronous receipts of terminals: acknowledged, playing, played, failed. */
@FunctionalInterface
public interface ReceiptListener {

    void receipt(Receipt receipt);
}
