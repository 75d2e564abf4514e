package dev.dynamicroutes.client;

import java.time.Duration;

/** Waits between retries. A seam so tests can record waits instead of sleeping. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
