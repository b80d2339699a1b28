int sijil_fixture_base() {
    return 0;
}
