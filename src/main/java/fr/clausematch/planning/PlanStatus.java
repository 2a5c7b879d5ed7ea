package fr.clausematch.planning;

public enum PlanStatus {
    QUEUED, SOLVING, STOPPED, DONE, FAILED
}
