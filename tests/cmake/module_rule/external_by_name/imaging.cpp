int sijil_fixture_imaging() {
    return 0;
}
