/** Bean Validation constraints of the forms and the API (a named interface of the web module). */
@org.springframework.modulith.NamedInterface("validation")
package fr.clausematch.web.validation;
