package fr.clausematch.planning;

import fr.clausematch.matching.analysis.Commuting;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of a plan's indicators.
 *
 * @param co2KgPerKm emission factor of the commuting a plan implies, kg CO2e per km; default
 *                   {@value Commuting#DEFAULT_CO2_KG_PER_KM} (a car, ADEME's Impact CO2 data of 2025-10,
 *                   https://impactco2.fr). The heart does not read settings: the plans pass it to
 *                   {@code PlanIndicators.of}.
 */
@ConfigurationProperties("clausematch.indicators")
public record IndicatorsProperties(Double co2KgPerKm) {

    public IndicatorsProperties {
        co2KgPerKm = co2KgPerKm == null ? Commuting.DEFAULT_CO2_KG_PER_KM : co2KgPerKm;
        if (!(co2KgPerKm >= 0) || co2KgPerKm.isInfinite()) {
            throw new IllegalArgumentException("clausematch.indicators.co2-kg-per-km : un nombre ≥ 0 (kg CO2e par km)");
        }
    }
}
