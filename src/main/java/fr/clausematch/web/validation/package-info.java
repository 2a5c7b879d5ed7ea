/**
 * Bean Validation constraints of the forms and the API, and {@link fr.clausematch.web.validation.PlaceForm}, the place
 * that a form takes with them (a named interface of the web module).
 */
@org.springframework.modulith.NamedInterface("validation")
package fr.clausematch.web.validation;
