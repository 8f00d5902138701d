// Links every object of stockhand_serverrules with core's archive but without SQLite
// (tests/server/CMakeLists.txt): fails to link when a rule, the push path or the feed reaches db/ code.
int main()
{
    return 0;
}
