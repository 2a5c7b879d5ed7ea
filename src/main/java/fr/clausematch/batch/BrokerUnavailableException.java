package fr.clausematch.batch;

/**
 * The RabbitMQ broker that remote workers listen to does not answer: a run on remote workers is refused before
 * anything is started (the API answers 503, the command line exits with status 2).
 */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
