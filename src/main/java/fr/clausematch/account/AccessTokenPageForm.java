package fr.clausematch.account;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form that creates a personal access token on the pages. */
public class AccessTokenPageForm {

    private String name;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    NewAccessToken toNewToken() {
        return new NewAccessToken(name, expiresOn);
    }
}
