package fr.clausematch.planning;

/** One new best solution of a running plan, as pushed to the facilitator's page. */
public record PlanProgressPoint(long millis, String score, long hoursAssigned, long hoursInSlots, double womenShare,
                                double qpvShare, int candidatesAssigned) {
}
