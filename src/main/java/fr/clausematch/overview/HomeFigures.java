package fr.clausematch.overview;


import java.util.List;

/** What the home page shows: the size of the database and its share of women and QPV residents. */
record HomeFigures(long candidates, long women, long qpvResidents, long eligible, long contracts, long slots,
                   long slotHours, long worksHours, long servicesHours, long intellectualHours, long buyers,
                   List<TerritoryView> territories) {

    int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    public int womenPercent() {
        return percent(women, candidates);
    }

    public int qpvPercent() {
        return percent(qpvResidents, candidates);
    }

    public int worksPercent() {
        return percent(worksHours, slotHours);
    }

    public int servicesPercent() {
        return percent(servicesHours, slotHours);
    }

    public int intellectualPercent() {
        return percent(intellectualHours, slotHours);
    }
}
