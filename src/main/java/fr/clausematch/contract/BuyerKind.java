package fr.clausematch.contract;

/** Families of public buyers; social landlords come first. */
public enum BuyerKind {
    SOCIAL_LANDLORD, LOCAL_AUTHORITY, STATE, HOSPITAL, OTHER
}
