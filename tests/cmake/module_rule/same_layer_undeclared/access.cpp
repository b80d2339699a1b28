int sijil_fixture_access() {
    return 0;
}
