package fr.clausematch.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, at start, why the application refused to start on an external database and what to do. */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Démarrez une première fois avec CLAUSEMATCH_SECURITY_ADMIN_PASSWORD=<mot de passe de "
                        + AccountProperties.MIN_PASSWORD_LENGTH + " caractères au moins> : le compte administrateur "
                        + "« admin » (ou CLAUSEMATCH_SECURITY_ADMIN_USERNAME) est alors créé, et la variable n'est plus "
                        + "nécessaire ensuite.", cause);
    }
}
