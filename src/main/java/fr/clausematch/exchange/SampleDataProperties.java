package fr.clausematch.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dataset loaded into an empty database when the application starts.
 *
 * @param loadOnStart load it when the database holds no candidate and no contract
 * @param location    folder of the three files (Spring resource location, ending with '/')
 */
@ConfigurationProperties("clausematch.sample-data")
public record SampleDataProperties(boolean loadOnStart, String location) {

    public SampleDataProperties {
        if (location == null || location.isBlank()) {
            location = "classpath:sample-data/bourgogne-franche-comte/";
        }
        if (!location.endsWith("/")) {
            location = location + "/";
        }
    }
}
