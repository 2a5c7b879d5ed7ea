package fr.clausematch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClausematchApplication {
    public static void main(String[] args) {
        SpringApplication.run(ClausematchApplication.class, args);
    }
}
