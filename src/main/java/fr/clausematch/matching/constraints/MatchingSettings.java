package fr.clausematch.matching.constraints;

import fr.clausematch.matching.model.ContractType;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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
    private HardMediumSoftLongScore pairingRules;
    @ConstraintWeight(ConstraintNames.WEEKLY_LOAD)
    private HardMediumSoftLongScore weeklyLoad;
    @ConstraintWeight(ConstraintNames.UNFILLED_HOURS)
    private HardMediumSoftLongScore unfilledHours;
    @ConstraintWeight(ConstraintNames.WOMEN_SHARE)
    private HardMediumSoftLongScore womenShare;
    @ConstraintWeight(ConstraintNames.QPV_SHARE)
    private HardMediumSoftLongScore qpvShare;
    @ConstraintWeight(ConstraintNames.TYPE_BALANCE)
    private HardMediumSoftLongScore typeBalance;
    @ConstraintWeight(ConstraintNames.LOAD_CONCENTRATION)
    private HardMediumSoftLongScore loadConcentration;
    @ConstraintWeight(ConstraintNames.WAITING_PRIORITY)
    private HardMediumSoftLongScore waitingPriority;
    @ConstraintWeight(ConstraintNames.DISTANCE)
    private HardMediumSoftLongScore distance;
    @ConstraintWeight(ConstraintNames.OWN_NEIGHBOURHOOD)
    private HardMediumSoftLongScore ownNeighbourhood;
    @ConstraintWeight(ConstraintNames.CONTINUITY)
    private HardMediumSoftLongScore continuity;

    private final EnumMap<ContractType, Integer> womenTargetPermille = new EnumMap<>(ContractType.class);
    private final EnumMap<ContractType, Integer> qpvTargetPermille = new EnumMap<>(ContractType.class);
    private int fteHours;

    /** Each constraint's weight field, found by its {@code @ConstraintWeight} name (no switch to keep in step). */
    private static final Map<MatchingConstraint, Field> WEIGHT_FIELDS = weightFields();

    /** The shipped defaults: a copy of {@code solver-config/constraint-weights.properties}, their one source. */
    public MatchingSettings() {
        this(false);
        defaultsLoaded().copyInto(this);
    }

    /** Nothing set: what the defaults file is read into, and what a copy starts from. */
    private MatchingSettings(boolean unset) {
    }

    /** The defaults of {@code solver-config/constraint-weights.properties}, read from the classpath once. */
    private static volatile MatchingSettings defaults;

    /** A copy of the defaults of {@code solver-config/constraint-weights.properties} (from the classpath). */
    public static MatchingSettings defaults() {
        return defaultsLoaded().copy();
    }

    private static MatchingSettings defaultsLoaded() {
        MatchingSettings loaded = defaults;
        if (loaded == null) {
            loaded = loadDefaults();
            defaults = loaded;
        }
        return loaded;
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
        MatchingSettings loaded = new MatchingSettings(true);
        loaded.apply(map);
        List<String> missing = new ArrayList<>();
        WEIGHT_FIELDS.keySet().stream().filter(c -> loaded.getWeight(c) == null).forEach(c -> missing.add("weight." + c.key()));
        for (ContractType type : ContractType.values()) {
            if (!loaded.womenTargetPermille.containsKey(type)) {
                missing.add("target.women-share." + type);
            }
            if (!loaded.qpvTargetPermille.containsKey(type)) {
                missing.add("target.qpv-share." + type);
            }
        }
        if (loaded.fteHours <= 0) {
            missing.add("fte-hours");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(DEFAULTS_RESOURCE + " must give every setting; missing: " + String.join(", ", missing));
        }
        return loaded;
    }

    private static Map<MatchingConstraint, Field> weightFields() {
        Map<String, Field> byName = new HashMap<>();
        for (Field field : MatchingSettings.class.getDeclaredFields()) {
            ConstraintWeight weight = field.getAnnotation(ConstraintWeight.class);
            if (weight != null) {
                byName.put(weight.value(), field);
            }
        }
        Map<MatchingConstraint, Field> fields = new EnumMap<>(MatchingConstraint.class);
        for (MatchingConstraint c : MatchingConstraint.values()) {
            Field field = byName.get(c.label());
            if (field == null) {
                throw new IllegalStateException("no @ConstraintWeight field for " + c.label());
            }
            field.setAccessible(true);
            fields.put(c, field);
        }
        return fields;
    }

    /** A copy with these keys changed (unknown keys or bad values throw {@link IllegalArgumentException}). */
    public MatchingSettings withOverrides(Map<String, String> overrides) {
        MatchingSettings copy = copy();
        copy.apply(overrides);
        return copy;
    }

    private void apply(Map<String, String> overrides) {
        overrides.forEach((key, raw) -> {
            String value = raw.trim();
            if (key.startsWith("weight.")) {
                setWeight(MatchingConstraint.byKey(key.substring("weight.".length())),
                        HardMediumSoftLongScore.parseScore(value));
            } else if (key.startsWith("target.women-share.")) {
                womenTargetPermille.put(ContractType.valueOf(key.substring("target.women-share.".length())), permille(key, value));
            } else if (key.startsWith("target.qpv-share.")) {
                qpvTargetPermille.put(ContractType.valueOf(key.substring("target.qpv-share.".length())), permille(key, value));
            } else if (key.equals("fte-hours")) {
                fteHours = Integer.parseInt(value);
            } else {
                throw new IllegalArgumentException("Réglage inconnu : " + key);
            }
        });
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
        MatchingSettings copy = new MatchingSettings(true);
        copyInto(copy);
        return copy;
    }

    private void copyInto(MatchingSettings copy) {
        for (MatchingConstraint c : MatchingConstraint.values()) {
            copy.setWeight(c, getWeight(c));
        }
        copy.womenTargetPermille.putAll(womenTargetPermille);
        copy.qpvTargetPermille.putAll(qpvTargetPermille);
        copy.fteHours = fteHours;
    }

    public HardMediumSoftLongScore getWeight(MatchingConstraint c) {
        try {
            return (HardMediumSoftLongScore) WEIGHT_FIELDS.get(c).get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public void setWeight(MatchingConstraint c, HardMediumSoftLongScore weight) {
        try {
            WEIGHT_FIELDS.get(c).set(this, weight);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
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
