package fr.clausematch.territory;

import fr.clausematch.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The API of a territory's diversity targets and objective weights. */
@RestController
@RequestMapping("/api/territories/{code}/settings")
@Tag(name = "Plans", description = "Appariements calculés sur un territoire, revus par le facilitateur")
class TerritorySettingsController {

    private final TerritorySettingsService settings;

    TerritorySettingsController(TerritorySettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "Cibles et poids des objectifs du territoire, avec leurs valeurs par défaut")
    List<SettingView> settings(@PathVariable String code) {
        return settings.view(code);
    }

    @PutMapping
    @Operation(summary = "Modifier des cibles et poids (tout ou rien) ; une valeur égale au défaut retire la personnalisation")
    @ResponseStatus(HttpStatus.OK)
    List<SettingView> updateSettings(@PathVariable String code, @RequestBody Map<String, String> values) {
        return settings.update(code, values, CurrentUser.actor());
    }
}
