package fr.clausematch.dataset.generator;

import fr.clausematch.dataset.generator.DatasetGenerator.City;
import fr.clausematch.dataset.generator.DatasetGenerator.Profile;

import java.util.ArrayList;
import java.util.List;

/**
 * A profile's communes as the draws use them: weighted by population, those with QPVs apart, and
 * the illustrative QPV codes of each (numbered per département in the profile's order).
 */
final class ProfileCities {

    private final Profile profile;
    private final Weighted<City> all = new Weighted<>();
    private final Weighted<City> withQpv = new Weighted<>();
    private final List<List<String>> qpvCodes = new ArrayList<>();

    ProfileCities(Profile profile) {
        this.profile = profile;
        List<String> departments = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        for (City city : profile.cities()) {
            all.add(city, city.weight());
            if (city.qpvCount() > 0) {
                withQpv.add(city, city.weight());
            }
            int d = departments.indexOf(city.department());
            if (d < 0) {
                departments.add(city.department());
                next.add(1);
                d = departments.size() - 1;
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < city.qpvCount(); i++) {
                int n = next.get(d);
                next.set(d, n + 1);
                codes.add("QP" + Draws.pad(city.department(), 3) + Draws.pad(Integer.toString(n), 3));
            }
            qpvCodes.add(List.copyOf(codes));
        }
    }

    /** Every commune, weighted by population. */
    Weighted<City> all() {
        return all;
    }

    /** The communes with at least one QPV, weighted by population. */
    Weighted<City> withQpv() {
        return withQpv;
    }

    /** The QPV codes of a city (empty if it has none). */
    List<String> qpvCodes(City city) {
        return qpvCodes.get(profile.cities().indexOf(city));
    }
}
