<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DisplayNames</name>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NutritionistReport</name>
    <message numerus="yes">
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 to %2 (%n day)</numerusform>
            <numerusform>%1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), over %n night(s) with all ten items scored</source>
        <translation>
            <numerusform>%1 (%2), over %n night with all ten items scored</numerusform>
            <numerusform>%1 (%2), over %n nights with all ten items scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n night(s)</source>
        <translation>
            <numerusform>%1, over %n night</numerusform>
            <numerusform>%1, over %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %, over %n night(s) with complete diary times</source>
        <translation>
            <numerusform>%1 %, over %n night with complete diary times</numerusform>
            <numerusform>%1 %, over %n nights with complete diary times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) yes</source>
        <translation>
            <numerusform>%n day yes</numerusform>
            <numerusform>%n days yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the period (absorption unknown)</source>
        <translation>
            <numerusform>%n in the period (absorption unknown)</numerusform>
            <numerusform>%n in the period (absorption unknown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Elemental intake, mean of the %n day(s) with records</source>
        <translation>
            <numerusform>Elemental intake, mean of the %n day with records</numerusform>
            <numerusform>Elemental intake, mean of the %n days with records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more change(s): see the dosing timeline</source>
        <translation>
            <numerusform>%n more change: see the dosing timeline</numerusform>
            <numerusform>%n more changes: see the dosing timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s): the patient&apos;s own diary is used, the device&apos;s record is kept beside it (table &quot;Device sleep beside the diary&quot;)</source>
        <translation>
            <numerusform>%n night: the patient&apos;s own diary is used, the device&apos;s record is kept beside it (table &quot;Device sleep beside the diary&quot;)</numerusform>
            <numerusform>%n nights: the patient&apos;s own diary is used, the device&apos;s record is kept beside it (table &quot;Device sleep beside the diary&quot;)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverFlow</name>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation>
            <numerusform>%1: %n row copied</numerusform>
            <numerusform>%1: %n rows copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) not copied (they break the journal&apos;s rules)</source>
        <translation>
            <numerusform>; %n row not copied (it breaks the journal&apos;s rules)</numerusform>
            <numerusform>; %n rows not copied (they break the journal&apos;s rules)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quietlegs::MainWindow</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intake(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n intake</numerusform>
            <numerusform>%n intakes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with triggers logged</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n day with triggers logged</numerusform>
            <numerusform>%n days with triggers logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lab result(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n lab result</numerusform>
            <numerusform>%n lab results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quietlegs::OwnFactorsEditor</name>
    <message numerus="yes">
        <source>Remove the factor “%1” and the %n value(s) logged for it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Remove the factor “%1” and the %n value logged for it? Edit &gt; Undo brings them back.</numerusform>
            <numerusform>Remove the factor “%1” and the %n values logged for it? Edit &gt; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quietlegs::ScatterPlot</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quietlegs::TodayView</name>
    <message numerus="yes">
        <source>Copied %n entries from %1 (Edit &gt; Undo takes them back).</source>
        <translation>
            <numerusform>Copied %n entry from %1 (Edit &gt; Undo takes it back).</numerusform>
            <numerusform>Copied %n entries from %1 (Edit &gt; Undo takes them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quietlegs::TrendChart</name>
    <message numerus="yes">
        <source>%1: %2 a day, %3 – %4 (%n day(s) taken)</source>
        <translation>
            <numerusform>%1: %2 a day, %3 – %4 (%n day taken)</numerusform>
            <numerusform>%1: %2 a day, %3 – %4 (%n days taken)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quietlegs::YearHeatMapView</name>
    <message numerus="yes">
        <source>%n night(s) with a severity</source>
        <translation>
            <numerusform>%n night with a severity</numerusform>
            <numerusform>%n nights with a severity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) not logged</source>
        <translation>
            <numerusform>%n night not logged</numerusform>
            <numerusform>%n nights not logged</numerusform>
        </translation>
    </message>
</context>
</TS>
