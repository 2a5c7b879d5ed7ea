package fr.clausematch.account;

import fr.clausematch.security.Role;

import fr.clausematch.database.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionCallback;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** On an external database: no administrator and no password given means no start; a password given creates the administrator. */
class AccountBootstrapTest {

    final UserAccountRepository accounts = mock(UserAccountRepository.class);

    @Test
    void anExternalDatabaseWithoutAdministratorNorPasswordRefusesToStartSayingWhatToDo() {
        AccountBootstrap bootstrap = external(null);
        assertThatThrownBy(bootstrap::afterPropertiesSet).isInstanceOf(MissingAdminPasswordException.class)
                .hasMessageContaining("aucun compte administrateur").hasMessageContaining("CLAUSEMATCH_SECURITY_ADMIN_PASSWORD");
        verify(accounts, never()).save(any());

        FailureAnalysis analysis = new MissingAdminPasswordFailureAnalyzer().analyze(
                new IllegalStateException(new MissingAdminPasswordException("aucun compte administrateur")));
        assertThat(analysis.getAction()).contains("CLAUSEMATCH_SECURITY_ADMIN_PASSWORD").contains("12 caractères");
    }

    @Test
    void aTooShortPasswordIsRefusedToo() {
        assertThatThrownBy(external("court")::afterPropertiesSet).isInstanceOf(MissingAdminPasswordException.class)
                .hasMessageContaining("trop court");
    }

    @Test
    void aPasswordGivenCreatesTheAdministratorOnce() {
        external("un-long-mot-de-passe").afterPropertiesSet();
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(saved.getValue().getPasswordHash()).isEqualTo("un-long-mot-de-passe");
    }

    @Test
    void anExternalDatabaseThatHasAnAdministratorStartsWithoutPassword() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(true);
        external(null).afterPropertiesSet();
        verify(accounts, never()).save(any());
    }

    @SuppressWarnings("deprecation")
    private AccountBootstrap external(String adminPassword) {
        TransactionTemplate transaction = mock(TransactionTemplate.class);
        when(transaction.execute(any())).thenAnswer(call -> ((TransactionCallback<?>) call.getArgument(0)).doInTransaction(null));
        org.mockito.Mockito.doAnswer(call -> {
            ((java.util.function.Consumer<Object>) call.getArgument(0)).accept(null);
            return null;
        }).when(transaction).executeWithoutResult(any());
        AccountProperties properties = new AccountProperties(new AccountProperties.Admin(null, adminPassword), new AccountProperties.Demo(null, Path.of("unused")));
        return new AccountBootstrap(accounts, NoOpPasswordEncoder.getInstance(), properties, transaction,
                new StaticListableBeanFactory().getBeanProvider(LocalPostgres.class));
    }
}
