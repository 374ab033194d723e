$data << RPEOD_DATA
# year,value,lo,hi,solid,hollow,fit,label,alone
2016,90,72.36862084,110.6264633,90,,,"",
2017,73,57.21807195,91.78780127,73,,,"",
2018,101,82.26428409,122.7252957,101,,,"",
2019,101,82.26428409,122.7252957,101,,,"",

2020,102,83.16694636,123.8221769,102,,102.3666289,"",
2021,107,87.68727023,129.2996655,107,,106.0338417,"",
2022,109,89.49854962,131.4875528,109,,109.8324298,"",
2023,114,94.03419645,136.949918,,114,113.7670996,"",
RPEOD_DATA
# Cases
# Drawn by rapporteur 0.1.0; its data are those of trend_cases.csv: run gnuplot trend_cases.gp to draw it again after editing.
do for [FMT in 'svg'] {
    reset
    if (FMT eq 'svg') { set terminal svg size 960,540 font 'DejaVu Sans,15' linewidth 1 noenhanced background rgb 'white' }
    set output 'trend_cases.'.FMT
set encoding utf8
set datafile separator comma
set decimalsign '.'
set border 3 lc rgb '#444444' lw 1
set tics nomirror out scale 0.5 textcolor rgb '#333333'
set grid ytics lc rgb '#dddddd' lw 1 dt 1
set key at screen 0.97, screen 0.875 right top horizontal maxcols 3 Left reverse noautotitle samplen 1.5 spacing 1 width 1 font ',15'
set linetype 1 lc rgb '#0072B2' lw 2.5 pt 7 ps 1.2
set linetype 2 lc rgb '#E69F00' lw 2.5 pt 7 ps 1.2
set linetype 3 lc rgb '#009E73' lw 2.5 pt 7 ps 1.2
set linetype 4 lc rgb '#D55E00' lw 2.5 pt 7 ps 1.2
set linetype 5 lc rgb '#56B4E9' lw 2.5 pt 7 ps 1.2
set linetype 6 lc rgb '#CC79A7' lw 2.5 pt 7 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2.5 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2.5 pt 7 ps 1.2
gap(c) = valid(c) ? column(c) : NaN
set label 101 'Cases' at screen 0.02, screen 0.955 left font ',20' textcolor rgb '#000000'
set label 102 '2016-2023; trend 2020-2023: +3.6% a year' at screen 0.02, screen 0.895 left font ',16' textcolor rgb '#444444'
set label 103 'Source: Test data' at screen 0.02, screen 0.030 left font ',15' textcolor rgb '#555555'
set label 104 'Band: 95% confidence interval; dotted line: trend.' at screen 0.02, screen 0.072 left font ',15' textcolor rgb '#333333'
set label 105 'Open symbols: provisional, estimated or revised figures.' at screen 0.02, screen 0.114 left font ',15' textcolor rgb '#333333'
set label 106 'Vertical dotted line: series break in 2020, the definition changed; neither line nor trend crosses it.' at screen 0.02, screen 0.156 left font ',15' textcolor rgb '#333333'
set tmargin at screen 0.740
set bmargin at screen 0.271
set lmargin at screen 0.09
set rmargin at screen 0.97
set xrange [2015.5:2023.5]
set xtics 1 format '%.0f'
set yrange [0:160]
set ytics ('0' 0, '20' 20, '40' 40, '60' 60, '80' 80, '100' 100, '120' 120, '140' 140, '160' 160)
set label 100 'number' at graph 0, graph 1.04 left font ',15' textcolor rgb '#333333'
set arrow 2 from 2019.5, graph 0 to 2019.5, graph 1 nohead dt 3 lw 1.5 lc rgb '#555555' back
plot $data index 0 using 1:(gap(3)):(gap(4)) with filledcurves lc rgb '#0072B2' fs transparent solid 0.18 noborder title 'Confidence interval', \
    '' index 0 using 1:(gap(2)) with lines lt 1 title 'Value', \
    '' index 0 using 1:5 with points lt 1 pt 7 notitle, \
    '' index 0 using 1:6 with points lt 1 pt 6 ps 1.6 title 'Provisional / estimated / revised', \
    '' index 0 using 1:7 with lines lt 8 dt 3 lw 1.5 title 'Trend'
    unset output
}
