package fr.clausematch.batch;

/**
 * The database stopped answering while a command waited for a run: the run is interrupted (what it had stored is
 * kept), to be restarted once the database answers again.
 */
public class DatabaseLostException extends RuntimeException {

    private final long run;

    DatabaseLostException(long run, long seconds, Throwable cause) {
        super("la base de données ne répond plus depuis " + seconds + " s (" + firstLine(cause) + ") : le calcul par lots "
                + run + " est interrompu ; ce qu'il a enregistré est gardé ; quand elle répondra de nouveau, reprenez-le par "
                + "batch restart " + run, cause);
        this.run = run;
    }

    public long run() {
        return run;
    }

    private static String firstLine(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage());
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
