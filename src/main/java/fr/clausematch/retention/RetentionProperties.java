package fr.clausematch.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code clausematch.retention.*}: a person without contact for more than {@code inactiveDays} days is
 * anonymised; {@code scheduled} turns the daily job on or off (its time is {@code clausematch.retention.cron}).
 */
@ConfigurationProperties("clausematch.retention")
public record RetentionProperties(@DefaultValue("730") int inactiveDays, @DefaultValue("true") boolean scheduled) {

    public RetentionProperties {
        if (inactiveDays < 1) {
            throw new IllegalArgumentException("clausematch.retention.inactive-days doit être positif : " + inactiveDays);
        }
    }
}
