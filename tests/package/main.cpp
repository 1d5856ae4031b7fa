// Smoke test for the installed package: find_package(ctg) + ctg::ctg.
#include <ctg/ctg.hpp>

#include <iostream>

int main() {
    const auto cents = ctg::money::parse("38 400,00 €").cents();
    if (cents != 3840000) {
        std::cerr << "ctg package test: expected 3840000 cents, got " << cents << '\n';
        return 1;
    }
    std::cout << "ctg package test: OK\n";
    return 0;
}
