package fr.clausematch.exchange;

import fr.clausematch.dataset.DatasetError;
import fr.clausematch.dataset.DatasetFormatException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The three files of an import, before anything reads them: each present, not empty, and a CSV file by
 * its name and its declared type (browsers and spreadsheets declare CSV as text/csv, text/plain,
 * application/vnd.ms-excel or application/csv). Anything else is refused, naming the file and why.
 */
final class UploadedFiles {

    private static final Set<String> CSV_TYPES = Set.of("text/csv", "text/plain", "application/csv",
            "application/vnd.ms-excel", "text/comma-separated-values", "application/octet-stream");

    private UploadedFiles() {
    }

    /** @throws DatasetFormatException listing every missing, empty or non-CSV file of the three */
    static void check(MultipartFile candidates, MultipartFile contracts, MultipartFile slots) {
        Map<String, MultipartFile> files = new LinkedHashMap<>();
        files.put(DatasetImporter.CANDIDATES, candidates);
        files.put(DatasetImporter.CONTRACTS, contracts);
        files.put(DatasetImporter.SLOTS, slots);
        List<DatasetError> errors = new ArrayList<>();
        files.forEach((name, file) -> {
            String problem = problem(name, file);
            if (problem != null) {
                // an empty file lacks its header, line 1 (as the reader says); a missing or non-CSV one is wrong as a whole
                errors.add(new DatasetError(name, file != null && file.isEmpty() ? 1 : 0, null, problem));
            }
        });
        if (!errors.isEmpty()) {
            throw new DatasetFormatException(errors);
        }
    }

    private static String problem(String name, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "fichier manquant ou vide : choisissez le fichier " + name;
        }
        String original = file.getOriginalFilename();
        if (original != null && !original.isBlank() && !original.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return "le fichier envoyé pour " + name + " n'est pas un fichier .csv";
        }
        String declared = file.getContentType();
        if (declared != null && !declared.isBlank()) {
            try {
                MediaType type = MediaType.parseMediaType(declared);
                if (!CSV_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
                    return "type de fichier refusé pour " + name + " : " + type.getType() + "/" + type.getSubtype()
                            + " (un fichier CSV est attendu)";
                }
            } catch (InvalidMediaTypeException e) {
                return "type de fichier illisible pour " + name + " (un fichier CSV est attendu)";
            }
        }
        return null;
    }
}
