/**
 * The shared kernel: the exceptions and field errors that services throw (not found, conflict, invalid field,
 * access refused), the bookkeeping columns of edited records ({@link fr.clausematch.shared.TrackedRecord}) and the
 * place of a person or a work site ({@link fr.clausematch.shared.Place}).
 * Owns no table; uses no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Noyau partagé", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.clausematch.shared;
