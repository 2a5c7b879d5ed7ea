package fr.clausematch.matching.constraints;

import fr.clausematch.matching.model.ContractType;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Weights and targets of one solve, per territory: OptaPlanner's constraint configuration (a
 * problem fact the constraints join to read the targets). Defaults come from
 * {@code solver-config/constraint-weights.properties}; the database side stores a territory's
 * overrides as the same key/value pairs ({@link #toProperties()}, {@link #withOverrides(Map)}).
 *
 * <p>Keys: {@code weight.<constraint key>} = a score such as {@code 0hard/0medium/10soft} (0 turns
 * the constraint off); {@code target.women-share.<TYPE>} and {@code target.qpv-share.<TYPE>} = a
 * share between 0 and 1; {@code fte-hours} = hours of one FTE (1607).
 */
@ConstraintConfiguration(constraintPackage = "fr.clausematch.matching")
public class MatchingSettings {

    public static final String DEFAULTS_RESOURCE = "solver-config/constraint-weights.properties";

    @ConstraintWeight(ConstraintNames.PAIRING_RULES)
    private HardMediumSoftLongScore pairingRules = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(ConstraintNames.WEEKLY_LOAD)
    private HardMediumSoftLongScore weeklyLoad = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(ConstraintNames.UNFILLED_HOURS)
    private HardMediumSoftLongScore unfilledHours = HardMediumSoftLongScore.ofMedium(1);
    @ConstraintWeight(ConstraintNames.WOMEN_SHARE)
    private HardMediumSoftLongScore womenShare = HardMediumSoftLongScore.ofSoft(50);
    @ConstraintWeight(ConstraintNames.QPV_SHARE)
    private HardMediumSoftLongScore qpvShare = HardMediumSoftLongScore.ofSoft(50);
    @ConstraintWeight(ConstraintNames.TYPE_BALANCE)
    private HardMediumSoftLongScore typeBalance = HardMediumSoftLongScore.ofSoft(50);
    @ConstraintWeight(ConstraintNames.LOAD_CONCENTRATION)
    private HardMediumSoftLongScore loadConcentration = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight(ConstraintNames.WAITING_PRIORITY)
    private HardMediumSoftLongScore waitingPriority = HardMediumSoftLongScore.ofSoft(2);
    @ConstraintWeight(ConstraintNames.DISTANCE)
    private HardMediumSoftLongScore distance = HardMediumSoftLongScore.ofSoft(2);
    @ConstraintWeight(ConstraintNames.OWN_NEIGHBOURHOOD)
    private HardMediumSoftLongScore ownNeighbourhood = HardMediumSoftLongScore.ofSoft(20);
    @ConstraintWeight(ConstraintNames.CONTINUITY)
    private HardMediumSoftLongScore continuity = HardMediumSoftLongScore.ofSoft(10);

    private final EnumMap<ContractType, Integer> womenTargetPermille = new EnumMap<>(ContractType.class);
    private final EnumMap<ContractType, Integer> qpvTargetPermille = new EnumMap<>(ContractType.class);
    private int fteHours = 1607;

    /** Built-in values (the same as the shipped properties file), without reading any file. */
    public MatchingSettings() {
        for (ContractType type : ContractType.values()) {
            womenTargetPermille.put(type, 900);
            qpvTargetPermille.put(type, 800);
        }
    }

    /** The defaults of {@code solver-config/constraint-weights.properties}, read from the classpath once. */
    private static volatile MatchingSettings defaults;

    /** A copy of the defaults of {@code solver-config/constraint-weights.properties} (from the classpath). */
    public static MatchingSettings defaults() {
        MatchingSettings loaded = defaults;
        if (loaded == null) {
            loaded = loadDefaults();
            defaults = loaded;
        }
        return loaded.copy();
    }

    private static MatchingSettings loadDefaults() {
        Properties properties = new Properties();
        try (InputStream in = MatchingSettings.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return new MatchingSettings().withOverrides(map);
    }

    /** A copy with these keys changed (unknown keys or bad values throw {@link IllegalArgumentException}). */
    public MatchingSettings withOverrides(Map<String, String> overrides) {
        MatchingSettings copy = copy();
        overrides.forEach((key, raw) -> {
            String value = raw.trim();
            if (key.startsWith("weight.")) {
                copy.setWeight(MatchingConstraint.byKey(key.substring("weight.".length())),
                        HardMediumSoftLongScore.parseScore(value));
            } else if (key.startsWith("target.women-share.")) {
                copy.womenTargetPermille.put(ContractType.valueOf(key.substring("target.women-share.".length())), permille(key, value));
            } else if (key.startsWith("target.qpv-share.")) {
                copy.qpvTargetPermille.put(ContractType.valueOf(key.substring("target.qpv-share.".length())), permille(key, value));
            } else if (key.equals("fte-hours")) {
                copy.fteHours = Integer.parseInt(value);
            } else {
                throw new IllegalArgumentException("Réglage inconnu : " + key);
            }
        });
        return copy;
    }

    private static int permille(String key, String value) {
        BigDecimal share = new BigDecimal(value);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(key + " doit être entre 0 et 1 : " + value);
        }
        return share.movePointRight(3).intValue();
    }

    /** Every setting as key/value pairs, in the format {@link #withOverrides(Map)} reads. */
    public Map<String, String> toProperties() {
        Map<String, String> map = new LinkedHashMap<>();
        for (MatchingConstraint c : MatchingConstraint.values()) {
            map.put("weight." + c.key(), getWeight(c).toString());
        }
        for (ContractType type : ContractType.values()) {
            map.put("target.women-share." + type, BigDecimal.valueOf(womenTargetPermille.get(type), 3).stripTrailingZeros().toPlainString());
            map.put("target.qpv-share." + type, BigDecimal.valueOf(qpvTargetPermille.get(type), 3).stripTrailingZeros().toPlainString());
        }
        map.put("fte-hours", Integer.toString(fteHours));
        return map;
    }

    public MatchingSettings copy() {
        MatchingSettings copy = new MatchingSettings();
        for (MatchingConstraint c : MatchingConstraint.values()) {
            copy.setWeight(c, getWeight(c));
        }
        copy.womenTargetPermille.putAll(womenTargetPermille);
        copy.qpvTargetPermille.putAll(qpvTargetPermille);
        copy.fteHours = fteHours;
        return copy;
    }

    public HardMediumSoftLongScore getWeight(MatchingConstraint c) {
        return switch (c) {
            case PAIRING_RULES -> pairingRules;
            case WEEKLY_LOAD -> weeklyLoad;
            case UNFILLED_HOURS -> unfilledHours;
            case WOMEN_SHARE -> womenShare;
            case QPV_SHARE -> qpvShare;
            case TYPE_BALANCE -> typeBalance;
            case LOAD_CONCENTRATION -> loadConcentration;
            case WAITING_PRIORITY -> waitingPriority;
            case DISTANCE -> distance;
            case OWN_NEIGHBOURHOOD -> ownNeighbourhood;
            case CONTINUITY -> continuity;
        };
    }

    public void setWeight(MatchingConstraint c, HardMediumSoftLongScore weight) {
        switch (c) {
            case PAIRING_RULES -> pairingRules = weight;
            case WEEKLY_LOAD -> weeklyLoad = weight;
            case UNFILLED_HOURS -> unfilledHours = weight;
            case WOMEN_SHARE -> womenShare = weight;
            case QPV_SHARE -> qpvShare = weight;
            case TYPE_BALANCE -> typeBalance = weight;
            case LOAD_CONCENTRATION -> loadConcentration = weight;
            case WAITING_PRIORITY -> waitingPriority = weight;
            case DISTANCE -> distance = weight;
            case OWN_NEIGHBOURHOOD -> ownNeighbourhood = weight;
            case CONTINUITY -> continuity = weight;
        }
    }

    /** Target share of hours to women on this contract type, in thousandths. */
    public int womenTargetPermille(ContractType type) {
        return womenTargetPermille.get(type);
    }

    /** Target share of hours to QPV residents on this contract type, in thousandths. */
    public int qpvTargetPermille(ContractType type) {
        return qpvTargetPermille.get(type);
    }

    public void setWomenTargetPermille(ContractType type, int permille) {
        womenTargetPermille.put(type, permille);
    }

    public void setQpvTargetPermille(ContractType type, int permille) {
        qpvTargetPermille.put(type, permille);
    }

    public int getFteHours() {
        return fteHours;
    }

    public void setFteHours(int fteHours) {
        this.fteHours = fteHours;
    }
}
