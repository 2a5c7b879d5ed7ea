/**
 * The referential of ROME codes (the trades of people and slots) with their French and English names, shipped
 * with the application ({@code rome.csv} beside this package): a named interface of the dataset module, read by the
 * pages, the forms and the explanations, which show a trade as its code and its name.
 */
@org.springframework.modulith.NamedInterface("trades")
package fr.clausematch.dataset.trades;
