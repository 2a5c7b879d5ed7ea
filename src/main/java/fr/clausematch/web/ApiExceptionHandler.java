package fr.clausematch.web;

import fr.clausematch.shared.FieldError;
import fr.clausematch.shared.AccessRefusedException;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.NotFoundException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.clausematch.dataset.DatasetFormatException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error of the API as an RFC 9457 problem detail, in French, with field-level reasons in
 * {@code errors} so that a form can show each next to its field.
 */
@RestControllerAdvice(basePackages = "fr.clausematch")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Introuvable", e.getMessage(), "not-found");
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "Accès refusé", e.getMessage(), "forbidden");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflit", e.getMessage(), "conflict");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail optimisticLock(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflit",
                "l'enregistrement a été modifié entre-temps par quelqu'un d'autre : rechargez-le avant de le modifier", "conflict");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        String state = e.getMostSpecificCause() instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
        if ("23505".equals(state) || "23503".equals(state)) {
            return problem(HttpStatus.CONFLICT, "Conflit", "23505".equals(state)
                    ? "la modification contredit les données enregistrées : identifiant déjà pris"
                    : "la modification contredit les données enregistrées : enregistrement encore utilisé ou introuvable", "conflict");
        }
        // any other refusal of the database (a limit the checks missed) is a bad value, never "already taken"
        return problem(HttpStatus.BAD_REQUEST, "Données invalides",
                "une valeur dépasse une limite de la base de données (longueur, plage ou caractère interdit)", "validation");
    }

    @ExceptionHandler(DatasetFormatException.class)
    ProblemDetail dataset(DatasetFormatException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Jeu de données refusé",
                e.errors().size() + " erreur(s) : rien n'a été importé", "dataset-refused");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Données invalides",
                e.errors().size() == 1 ? e.getMessage() : e.errors().size() + " champ(s) à corriger", "validation");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Requête invalide", e.getMessage(), "bad-request");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                "valeur invalide pour " + e.getName() + " : " + e.getValue(), "bad-request");
        problem.setProperty("errors", List.of(new FieldError(e.getName(), "valeur invalide : " + e.getValue())));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Object body = e.getBindingResult().getTarget();
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(JsonFieldPaths.of(body, error.getField()), error.getDefaultMessage()))
                .collect(Collectors.toCollection(java.util.ArrayList::new));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Données invalides",
                errors.size() + " champ(s) à corriger", "validation");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getAllErrors().stream()
                .map(error -> new FieldError(error instanceof org.springframework.validation.FieldError field
                        ? field.getField() : String.valueOf(error.getCodes() == null ? "" : error.getCodes()[0]),
                        error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Données invalides",
                errors.size() + " paramètre(s) à corriger", "validation");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = null;
        String message = "corps de requête illisible (JSON attendu)";
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            message = mismatch instanceof InvalidFormatException invalid
                    ? "valeur invalide : " + invalid.getValue()
                    : "valeur de type inattendu";
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Requête illisible",
                field == null ? message : field + " : " + message, "unreadable");
        if (field != null) {
            problem.setProperty("errors", List.of(new FieldError(field, message)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** A problem detail of this API: French title, {@code https://clausematch.fr/problemes/{type}}. */
    public static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://clausematch.fr/problemes/" + type));
        return problem;
    }
}
