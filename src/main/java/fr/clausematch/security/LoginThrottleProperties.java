package fr.clausematch.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code clausematch.security.login.*}: how failed sign-ins are slowed down (see {@link LoginThrottle}).
 *
 * @param freeAttempts        failures of one client on one name before that pair waits {@code delay}, doubled at
 *                            each further failure, at most {@code maxDelay}
 * @param clientFreeAttempts  failures of one client on any names before the client waits the same way
 * @param accountFreeAttempts failures on one name from every client before the name waits too, at most
 *                            {@code accountMaxDelay} (a short slowdown, never a long lock: clients that signed in to
 *                            the account within {@code rememberClientsFor} are spared it)
 * @param forgetAfter         a counter with no failure for this long starts again from zero
 */
@ConfigurationProperties("clausematch.security.login")
record LoginThrottleProperties(Integer freeAttempts, Duration delay, Duration maxDelay, Integer clientFreeAttempts,
                               Integer accountFreeAttempts, Duration accountMaxDelay, Duration forgetAfter,
                               Duration rememberClientsFor) {

    LoginThrottleProperties {
        freeAttempts = freeAttempts == null ? 3 : freeAttempts;
        delay = delay == null ? Duration.ofSeconds(2) : delay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        clientFreeAttempts = clientFreeAttempts == null ? 20 : clientFreeAttempts;
        accountFreeAttempts = accountFreeAttempts == null ? 100 : accountFreeAttempts;
        accountMaxDelay = accountMaxDelay == null ? Duration.ofMinutes(1) : accountMaxDelay;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        rememberClientsFor = rememberClientsFor == null ? Duration.ofDays(30) : rememberClientsFor;
    }

    /** How long a counter at {@code failures} makes its key wait (zero below {@code free}). */
    Duration wait(int failures, int free, Duration max) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration grown = delay.multipliedBy(1L << doublings);
        return grown.compareTo(max) > 0 ? max : grown;
    }
}
