int sijil_fixture_record() {
    return 0;
}
