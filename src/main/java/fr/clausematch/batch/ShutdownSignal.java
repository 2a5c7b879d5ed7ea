package fr.clausematch.batch;

import org.springframework.stereotype.Component;

import java.util.function.BooleanSupplier;

/**
 * Whether this process is ending and its partitions must stop: set by a worker when it is told to end (SIGTERM), so
 * that its partitions end STOPPED, storing nothing, rather than being cut off in the middle.
 */
@Component
class ShutdownSignal implements BooleanSupplier {

    private volatile boolean ending;

    void end() {
        ending = true;
    }

    @Override
    public boolean getAsBoolean() {
        return ending;
    }
}
