int sijil_fixture_store() {
    return 0;
}
