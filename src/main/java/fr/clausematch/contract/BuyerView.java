package fr.clausematch.contract;

public record BuyerView(String code, String name, BuyerKind kind, long version) {
}
