package fr.clausematch.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload beyond {@code spring.servlet.multipart.max-file-size} / {@code max-request-size} is refused
 * before any controller sees it (so no controller advice with selectors applies): a problem detail for
 * the API, the error page for the pages, both in French and naming the limits.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeHandler {

    private final DataSize maxFile;
    private final DataSize maxRequest;

    UploadTooLargeHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
                          @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.maxFile = maxFile;
        this.maxRequest = maxRequest;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String message = "fichier trop volumineux : " + maxFile.toMegabytes() + " Mo au plus par fichier et "
                + maxRequest.toMegabytes() + " Mo pour l'ensemble de l'envoi ; rien n'a été importé";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Envoi trop volumineux", message, "too-large"));
        }
        ModelAndView page = new ModelAndView("error-page", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", 413);
        page.addObject("message", message);
        return page;
    }
}
