package fr.clausematch.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code clausematch.security.login.*}: from the {@code slow-after}-th consecutive failed sign-in an
 * account refuses sign-in for {@code slow-delay}, doubled at each further failure; from the
 * {@code lock-after}-th, for {@code lock-for}.
 */
@ConfigurationProperties("clausematch.security.login")
record LoginThrottleProperties(Integer slowAfter, Duration slowDelay, Integer lockAfter, Duration lockFor) {

    LoginThrottleProperties {
        slowAfter = slowAfter == null ? 3 : slowAfter;
        slowDelay = slowDelay == null ? Duration.ofSeconds(2) : slowDelay;
        lockAfter = lockAfter == null ? 5 : lockAfter;
        lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
    }
}
