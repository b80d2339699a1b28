int sijil_fixture_registry() {
    return 0;
}
